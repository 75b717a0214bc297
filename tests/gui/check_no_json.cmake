# Fails when a file under DIR mentions QJson: the GUI must read typed core values (RolloutInfo),
# never parse Kubernetes objects a second time.
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
set(found "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" hits REGEX "QJson")
    foreach(hit IN LISTS hits)
        string(APPEND found "${file}: ${hit}\n")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "QJson in src/gui:\n${found}")
endif()
message(STATUS "src/gui reads no JSON (${DIR})")
