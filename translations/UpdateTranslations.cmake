# Script mode (cmake -P): runs lupdate over the desktop application's sources into the catalogues.
# Used by the update target and by the i18n test that checks the catalogues are current, so both
# always run lupdate with exactly the same options.
#
#   cmake -DLUPDATE=/path/lupdate -DSOURCE_ROOT=<repo> -DTS_DIR=<folder with rolloutdesk_*.ts>
#         -P translations/UpdateTranslations.cmake
#
# The folders are filtered at run time, so a folder created after configure (ui/, src/app/) is
# picked up without re-running CMake. The English file only holds the %n plural forms.
cmake_minimum_required(VERSION 3.21)

foreach(var LUPDATE SOURCE_ROOT TS_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "UpdateTranslations.cmake: ${var} is not set")
    endif()
endforeach()

# Languages with full catalogues; keep in sync with ROLLOUTDESK_LANGUAGES in Translations.cmake.
set(languages ja zh_CN ko de fr es)
# -I: our sources include headers as "gui/x/Y.h"; without the include path lupdate cannot see the
# class's namespace and records the context as "Y" instead of "rd::gui::Y", which tr() never asks.
set(options -locations none -no-obsolete -no-ui-lines -I "${SOURCE_ROOT}/src")

set(inputs "")
# kube/ and source/ word the connection errors the window shows (kubeconfig, TLS, 401, plugins);
# cli/ has only its --help text in tr() (the rest of its output stays English for scripts).
foreach(dir src/gui src/app src/cli src/kube src/source ui)
    if(IS_DIRECTORY "${SOURCE_ROOT}/${dir}")
        list(APPEND inputs "${SOURCE_ROOT}/${dir}")
    endif()
endforeach()
if(NOT inputs)
    message(STATUS "No desktop application sources yet; nothing to update")
    return()
endif()

set(ts_files "")
foreach(lang ${languages})
    list(APPEND ts_files "${TS_DIR}/rolloutdesk_${lang}.ts")
endforeach()

execute_process(COMMAND "${LUPDATE}" ${options} ${inputs} -ts ${ts_files}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND "${LUPDATE}" ${options} -pluralonly ${inputs}
    -ts "${TS_DIR}/rolloutdesk_en.ts"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate -pluralonly failed (${rc})")
endif()
