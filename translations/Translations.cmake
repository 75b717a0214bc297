# Translations (included at the end of the top-level CMakeLists.txt).
#
# - The catalogues translations/rolloutdesk_<lang>.ts are compiled with lrelease and embedded in
#   rolloutdesk_i18n (src/i18n, Qt Core only) under :/i18n/rolloutdesk_<lang>.qm (what
#   qt_add_translations does in Qt 6.4; its own <target>_lupdate cannot run -pluralonly for the
#   English file, so the update step is ours). The desktop application and rolloutdesk-cli link it.
# - `cmake --build <build> --target rolloutdesk_update_translations` (alias: update_translations)
#   runs lupdate -locations none -no-obsolete over src/gui, src/app, src/cli, src/kube, src/source
#   and ui/ and rewrites the .ts files in the source tree; then translate the new (unfinished) entries.
# - rolloutdesk-cli translates only its --help text (context rd::cli::Help): everything else it
#   prints is a contract for scripts and stays English.
find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
if(NOT TARGET Qt6::lrelease)
    message(STATUS "Qt LinguistTools not found: the programs are built without translations")
    return()
endif()

# Keep in sync with UpdateTranslations.cmake and LanguageManager::availableLanguages().
set(ROLLOUTDESK_LANGUAGES ja zh_CN ko de fr es)
set(ROLLOUTDESK_TS_FILES "")
foreach(lang ${ROLLOUTDESK_LANGUAGES} en)
    list(APPEND ROLLOUTDESK_TS_FILES "${CMAKE_CURRENT_LIST_DIR}/rolloutdesk_${lang}.ts")
endforeach()

if(TARGET rolloutdesk_gui)
    # The language switching code itself (src/gui/i18n) is listed with the rest of the gui sources.
    target_link_libraries(rolloutdesk_gui PUBLIC rolloutdesk_i18n)
endif()

# lrelease into the build tree, then embed: the two halves of qt_add_translations.
qt_add_lrelease(rolloutdesk_i18n
    TS_FILES ${ROLLOUTDESK_TS_FILES}
    OPTIONS -silent
    QM_FILES_OUTPUT_VARIABLE rolloutdesk_qm_files)
qt_add_resources(rolloutdesk_i18n rolloutdesk_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${rolloutdesk_qm_files})

add_custom_target(rolloutdesk_update_translations
    COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DSOURCE_ROOT=${PROJECT_SOURCE_DIR}
        -DTS_DIR=${CMAKE_CURRENT_LIST_DIR}
        -P ${CMAKE_CURRENT_LIST_DIR}/UpdateTranslations.cmake
    COMMENT "Updating translations/rolloutdesk_*.ts from src/gui, src/app, src/cli, src/kube, src/source and ui/"
    VERBATIM)
if(NOT TARGET update_translations)
    add_custom_target(update_translations DEPENDS rolloutdesk_update_translations)
endif()
