# cmake -DSRC_DIR=<src> -P check_error_style.cmake
# core, kube, source and sim report failures one way: core::Result<T> / core::Status
# (docs/ARCHITECTURE.md, "Errors"). Fails when one of the older styles comes back:
#  - an error out-parameter (`QString *error`, `FailureStatus *error`, ...);
#  - `throw`, except in core/YamlConverter.cpp, where the only way to stop yaml-cpp's event
#    parser from its handler is an exception caught a few lines further on;
#  - a callback that reports success as a bool (`std::function<void(bool ok, ...)>`);
#  - a struct that pairs `bool ok` with an error member (`{ok, error}`).
# Comment lines are skipped. A file named by -DEXTRA_FILE is checked too (the self-test).
set(layers core kube source sim)
set(files "")
foreach(layer IN LISTS layers)
    file(GLOB_RECURSE found "${SRC_DIR}/${layer}/*.h" "${SRC_DIR}/${layer}/*.cpp")
    if(NOT found)
        message(FATAL_ERROR "no sources found under ${SRC_DIR}/${layer}")
    endif()
    list(APPEND files ${found})
endforeach()
if(EXTRA_FILE)
    list(APPEND files "${EXTRA_FILE}")
endif()

set(out_param "(QString|FailureStatus|RequestError|Error|ConnectError)[ \t]*\\*[ \t]*[A-Za-z_]*([Ee]rror|[Ee]rr)[ \t]*[,)=]")
set(throw_kw "(^|[^A-Za-z0-9_])throw([ \t;({]|$)")
set(bool_callback "function<[ \t]*void[ \t]*\\([ \t]*bool")
set(ok_member "^[ \t]*bool[ \t]+ok[ \t]*(=[ \t]*(true|false)[ \t]*)?;")

set(bad "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines)
    set(number 0)
    set(has_ok_member FALSE)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*//")
            continue()
        endif()
        # Shown without semicolons, which would split the list of findings.
        string(REPLACE ";" "" shown "${line}")
        string(STRIP "${shown}" shown)
        if(line MATCHES "${out_param}")
            list(APPEND bad "${file}:${number}: error out-parameter: ${shown}")
        endif()
        if(line MATCHES "${throw_kw}" AND NOT file MATCHES "/core/YamlConverter\\.cpp$")
            list(APPEND bad "${file}:${number}: throw: ${shown}")
        endif()
        if(line MATCHES "${bool_callback}")
            list(APPEND bad "${file}:${number}: bool success callback: ${shown}")
        endif()
        # A `bool ok;` member in a header next to an error member is an {ok, error} struct.
        if(file MATCHES "\\.h$" AND line MATCHES "${ok_member}")
            set(has_ok_member "${number}")
        endif()
        if(has_ok_member AND line MATCHES "^[ \t]*[A-Za-z:]+[ \t]+error[ \t]*;")
            list(APPEND bad "${file}:${has_ok_member}: {ok, error} struct: ${shown}")
            set(has_ok_member FALSE)
        endif()
        if(line MATCHES "^[ \t]*};")
            set(has_ok_member FALSE)
        endif()
    endforeach()
endforeach()

if(bad)
    # One line each (FATAL_ERROR would wrap them).
    foreach(entry IN LISTS bad)
        message(STATUS "${entry}")
    endforeach()
    list(LENGTH bad n)
    message(FATAL_ERROR "${n} place(s) above report failures in an old style; use core::Result / "
                        "core::Status (docs/ARCHITECTURE.md, \"Errors\")")
endif()
list(LENGTH files count)
message(STATUS "${count} files in core, kube, source and sim use one error style")
