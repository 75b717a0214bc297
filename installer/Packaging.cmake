# Installers and desktop integration for Linux, Windows and macOS, all from this one CMake tree.
#
# Included at the very end of the top-level CMakeLists.txt, so every program target already exists
# here: settings that need a target are written as if(TARGET ...) and apply to whichever programs
# this build has (ROLLOUTDESK_BUILD_GUI=OFF builds no rolloutdesk, for example).
#
#   Linux    DEB, RPM, TGZ: FHS layout under the prefix; desktop entry, AppStream metainfo, hicolor
#            icons (SVG + PNG sizes), one man page per program, docs.
#   Windows  NSIS (default) and WiX MSI, plus ZIP; Qt runtime through Qt's deploy support
#            (windeployqt); version resource and icon compiled into each .exe.
#   macOS    RolloutDesk.app (Info.plist, .icns, high-DPI), macdeployqt, DragNDrop DMG.
#
# Templates live in installer/{linux,windows,macos,man}; icons in resources/icons/app (the SVG is the
# master, resources/icons/app/generate.sh regenerates the committed PNG/ICO/ICNS from it).

set(ROLLOUTDESK_APP_ID "dev.rolloutdesk.RolloutDesk")
set(ROLLOUTDESK_DISPLAY_NAME "Rollout Desk")
set(ROLLOUTDESK_VENDOR "The Rollout Desk developers")
set(ROLLOUTDESK_CONTACT "Rollout Desk developers <maintainers@rolloutdesk.invalid>")
set(ROLLOUTDESK_SUMMARY "Desktop client for Argo Rollouts on Kubernetes and OpenShift")

set(_rd_installer_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_rd_icon_dir "${PROJECT_SOURCE_DIR}/resources/icons/app")
set(_rd_gen_dir "${PROJECT_BINARY_DIR}/installer")
set(_rd_programs rolloutdesk rolloutdesk-cli rolloutdesk-sim)
set(_rd_docdir "${CMAKE_INSTALL_DATAROOTDIR}/doc/rolloutdesk")
file(MAKE_DIRECTORY "${_rd_gen_dir}")

# ---------------------------------------------------------------------------------------------
# Install rules for the programs. Their owners normally write install(TARGETS ...) next to the
# target; a program that has none gets one here so that no package ships without it. CMake cannot
# list install rules, so we look for one in the directory that defined the target.
function(_rd_has_install_rule target out_var)
    get_target_property(_dir ${target} SOURCE_DIR)
    set(_found FALSE)
    if(EXISTS "${_dir}/CMakeLists.txt")
        file(READ "${_dir}/CMakeLists.txt" _text)
        string(REGEX REPLACE "#[^\n]*" "" _text "${_text}")
        if(_text MATCHES "install[ \t]*\\([ \t\r\n]*TARGETS[^)]*[ \t\r\n]${target}[ \t\r\n)]")
            set(_found TRUE)
        endif()
    endif()
    set(${out_var} ${_found} PARENT_SCOPE)
endfunction()

foreach(_prog IN LISTS _rd_programs)
    if(TARGET ${_prog})
        _rd_has_install_rule(${_prog} _has_rule)
        if(NOT _has_rule)
            message(STATUS "Packaging: adding the install rule for ${_prog}")
            install(TARGETS ${_prog}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                BUNDLE DESTINATION .)
        endif()
    endif()
endforeach()

# ---------------------------------------------------------------------------------------------
# Linux (and other freedesktop systems): desktop entry, metainfo, icons, man pages, docs.
if(UNIX AND NOT APPLE)
    if(ROLLOUTDESK_BUILD_GUI)
        install(FILES "${_rd_installer_dir}/linux/${ROLLOUTDESK_APP_ID}.desktop"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
        configure_file("${_rd_installer_dir}/linux/${ROLLOUTDESK_APP_ID}.metainfo.xml.in"
            "${_rd_gen_dir}/${ROLLOUTDESK_APP_ID}.metainfo.xml" @ONLY)
        install(FILES "${_rd_gen_dir}/${ROLLOUTDESK_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
        install(FILES "${_rd_icon_dir}/${ROLLOUTDESK_APP_ID}.svg"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
        foreach(_size 16 22 24 32 48 64 128 256 512)
            install(FILES "${_rd_icon_dir}/${ROLLOUTDESK_APP_ID}-${_size}.png"
                DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${_size}x${_size}/apps
                RENAME ${ROLLOUTDESK_APP_ID}.png)
        endforeach()
    endif()

    # One man page per program that this build has; gzipped as Debian policy asks when gzip exists.
    find_program(ROLLOUTDESK_GZIP gzip)
    mark_as_advanced(ROLLOUTDESK_GZIP)
    set(_rd_man_outputs "")
    foreach(_prog IN LISTS _rd_programs)
        if(NOT TARGET ${_prog})
            continue()
        endif()
        configure_file("${_rd_installer_dir}/man/${_prog}.1.in" "${_rd_gen_dir}/man/${_prog}.1" @ONLY)
        if(ROLLOUTDESK_GZIP)
            # -n keeps the name and time stamp out of the archive, so builds are reproducible.
            add_custom_command(OUTPUT "${_rd_gen_dir}/man/${_prog}.1.gz"
                COMMAND "${ROLLOUTDESK_GZIP}" -9 -n -c "${_rd_gen_dir}/man/${_prog}.1"
                        > "${_rd_gen_dir}/man/${_prog}.1.gz"
                DEPENDS "${_rd_gen_dir}/man/${_prog}.1" "${_rd_installer_dir}/man/${_prog}.1.in"
                COMMENT "Compressing the man page of ${_prog}"
                VERBATIM)
            list(APPEND _rd_man_outputs "${_rd_gen_dir}/man/${_prog}.1.gz")
        else()
            list(APPEND _rd_man_outputs "${_rd_gen_dir}/man/${_prog}.1")
        endif()
    endforeach()
    if(_rd_man_outputs)
        install(FILES ${_rd_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()

    # Docs in Debian's shape: copyright, and changelog.gz (what lintian asks of a native package).
    configure_file("${_rd_installer_dir}/linux/copyright.in" "${_rd_gen_dir}/copyright" @ONLY)
    configure_file("${_rd_installer_dir}/linux/changelog.in" "${_rd_gen_dir}/changelog" @ONLY)
    set(_rd_changelog "${_rd_gen_dir}/changelog")
    if(ROLLOUTDESK_GZIP)
        add_custom_command(OUTPUT "${_rd_gen_dir}/changelog.gz"
            COMMAND "${ROLLOUTDESK_GZIP}" -9 -n -c "${_rd_gen_dir}/changelog" > "${_rd_gen_dir}/changelog.gz"
            DEPENDS "${_rd_gen_dir}/changelog" "${_rd_installer_dir}/linux/changelog.in"
            VERBATIM)
        set(_rd_changelog "${_rd_gen_dir}/changelog.gz")
    endif()
    list(APPEND _rd_man_outputs "${_rd_changelog}")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE" "${_rd_gen_dir}/copyright"
        "${_rd_changelog}" DESTINATION ${_rd_docdir})
    # Builds the compressed man pages and changelog with `all`.
    add_custom_target(rolloutdesk_docs ALL DEPENDS ${_rd_man_outputs})
endif()

# ---------------------------------------------------------------------------------------------
# Windows: version resource and icon in every .exe, no console for the GUI, Qt runtime deployed.
# The .rc files are configured on every platform so that tests/packaging can compile them with
# mingw's windres here; only Windows builds attach them to the targets.
if(WIN32)
    enable_language(RC)
endif()
set(_rd_rc_descriptions
    "rolloutdesk=Rollout Desk"
    "rolloutdesk-cli=Rollout Desk console companion"
    "rolloutdesk-sim=Rollout Desk simulated cluster")
foreach(_entry IN LISTS _rd_rc_descriptions)
    string(REPLACE "=" ";" _pair "${_entry}")
    list(GET _pair 0 RD_RC_NAME)
    list(GET _pair 1 RD_RC_DESCRIPTION)
    set(RD_RC_ICON "${_rd_icon_dir}/rolloutdesk.ico")
    configure_file("${_rd_installer_dir}/windows/version.rc.in" "${_rd_gen_dir}/${RD_RC_NAME}.rc" @ONLY)
    if(WIN32 AND TARGET ${RD_RC_NAME})
        target_sources(${RD_RC_NAME} PRIVATE "${_rd_gen_dir}/${RD_RC_NAME}.rc")
    endif()
endforeach()
if(WIN32)
    if(TARGET rolloutdesk)
        set_target_properties(rolloutdesk PROPERTIES WIN32_EXECUTABLE ON)
    endif()
    include(InstallRequiredSystemLibraries) # the MSVC runtime DLLs, next to the programs in bin
endif()

# macOS: RolloutDesk.app with our Info.plist and icon. The console programs stay plain executables
# in bin/ and find Qt inside the bundle (next to it in the DMG, or in /Applications).
if(APPLE)
    if(TARGET rolloutdesk)
        set_source_files_properties("${_rd_icon_dir}/rolloutdesk.icns"
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(rolloutdesk PRIVATE "${_rd_icon_dir}/rolloutdesk.icns")
        set_target_properties(rolloutdesk PROPERTIES
            MACOSX_BUNDLE ON
            OUTPUT_NAME RolloutDesk
            MACOSX_BUNDLE_INFO_PLIST "${_rd_installer_dir}/macos/Info.plist.in"
            MACOSX_BUNDLE_GUI_IDENTIFIER "${ROLLOUTDESK_APP_ID}"
            MACOSX_BUNDLE_BUNDLE_NAME "${ROLLOUTDESK_DISPLAY_NAME}"
            MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
            MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
            MACOSX_BUNDLE_ICON_FILE rolloutdesk.icns
            MACOSX_BUNDLE_COPYRIGHT "Copyright ${ROLLOUTDESK_VENDOR}, Apache License 2.0")
    endif()
    foreach(_prog rolloutdesk-cli rolloutdesk-sim)
        if(TARGET ${_prog})
            set_property(TARGET ${_prog} APPEND PROPERTY INSTALL_RPATH
                "@executable_path/../RolloutDesk.app/Contents/Frameworks"
                "/Applications/RolloutDesk.app/Contents/Frameworks")
        endif()
    endforeach()
endif()

# Qt runtime deployment (windeployqt / macdeployqt) through Qt's deploy support, at install time, so
# `cmake --install` and every CPack generator get a self-contained tree. Linux packages use the
# distribution's Qt instead.
if((WIN32 OR APPLE) AND NOT QT_DEPLOY_SUPPORT)
    message(WARNING "Qt's deploy support is missing (Qt older than 6.3?): packages will lack the Qt runtime")
elseif(WIN32 OR APPLE)
    set(_rd_deploy_main "")
    set(_rd_deploy_extra "")
    foreach(_prog IN LISTS _rd_programs)
        if(NOT TARGET ${_prog})
            continue()
        endif()
        if(APPLE AND _prog STREQUAL "rolloutdesk")
            set(_rd_deploy_main "$<TARGET_FILE_NAME:${_prog}>.app")
        elseif(WIN32 AND NOT _rd_deploy_main)
            set(_rd_deploy_main "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${_prog}>")
        elseif(WIN32)
            list(APPEND _rd_deploy_extra "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${_prog}>")
        endif()
    endforeach()
    if(_rd_deploy_main)
        list(JOIN _rd_deploy_extra " " _rd_deploy_extra)
        if(_rd_deploy_extra)
            set(_rd_deploy_extra "ADDITIONAL_EXECUTABLES ${_rd_deploy_extra}")
        endif()
        file(GENERATE OUTPUT "${_rd_gen_dir}/deploy-qt-$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"${_rd_deploy_main}\"
    ${_rd_deploy_extra}
    GENERATE_QT_CONF
    VERBOSE
)
")
        install(SCRIPT "${_rd_gen_dir}/deploy-qt-$<CONFIG>.cmake")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# CPack: common settings.
set(CPACK_PACKAGE_NAME "rolloutdesk")
set(CPACK_PACKAGE_VENDOR "${ROLLOUTDESK_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${ROLLOUTDESK_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${ROLLOUTDESK_SUMMARY}")
# Debian shows this under the summary; lines stay under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION
"Rollout Desk shows the Argo Rollouts of a Kubernetes or OpenShift cluster
as a live board, and lets release managers promote, pause, resume, abort,
retry, restart, set images and roll back, each through a dialog that says
what will happen. It reads kubeconfig files as kubectl does.
The package also carries rolloutdesk-cli, a console companion with the
commands and output of the kubectl argo rollouts plugin, and rolloutdesk-sim,
a simulated cluster for demos and training.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${ROLLOUTDESK_DISPLAY_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "RolloutDesk")
# WiX and NSIS want a license file with an extension.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${_rd_gen_dir}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${_rd_gen_dir}/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
if(ROLLOUTDESK_BUILD_GUI)
    # Start-menu shortcut (NSIS, WiX) to bin/rolloutdesk.exe.
    set(CPACK_PACKAGE_EXECUTABLES "rolloutdesk" "${ROLLOUTDESK_DISPLAY_NAME}")
    set(CPACK_CREATE_DESKTOP_LINKS "rolloutdesk")
endif()
# Per-generator settings (icons that differ by generator, install prefixes).
configure_file("${_rd_installer_dir}/CPackOptions.cmake.in" "${_rd_gen_dir}/CPackOptions.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${_rd_gen_dir}/CPackOptions.cmake")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
endif()
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/" "/\\.cache/")

# Debian: dependencies from shlibdeps, plus what the loader cannot see: the Qt platform plugins
# (only a Recommends of libqt6gui6, so --no-install-recommends would leave the app unable to start)
# the SVG image/icon plugins for our scalable icons, and the SQLite driver plugin of the local
# history store (libqt6sql6 alone has no driver).
set(CPACK_DEBIAN_PACKAGE_NAME "rolloutdesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ROLLOUTDESK_CONTACT}")

# RPM: Requires come from the sonames (rpmbuild's autoreq). Do not claim the shared system folders.
set(CPACK_RPM_PACKAGE_NAME "rolloutdesk")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qtsvg")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/doc)
foreach(_size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${_size}x${_size} /usr/share/icons/hicolor/${_size}x${_size}/apps)
endforeach()

# Windows NSIS: installs per machine (the stock CPack template asks for administrator rights and
# then uses the all-users Start menu), a Start-menu folder with the app and the uninstaller, an
# optional desktop shortcut, an optional PATH entry for rolloutdesk-cli, and it removes an older
# version before installing.
set(CPACK_NSIS_PACKAGE_NAME "${ROLLOUTDESK_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${ROLLOUTDESK_DISPLAY_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${_rd_icon_dir}/rolloutdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${_rd_icon_dir}/rolloutdesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\rolloutdesk.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${ROLLOUTDESK_CONTACT}")
if(ROLLOUTDESK_BUILD_GUI)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "rolloutdesk.exe")
endif()

# Windows WiX (cpack -G WIX): a per-machine MSI; the upgrade GUID never changes, so a newer MSI
# replaces an older one (what enterprise deployment tools rely on).
set(CPACK_WIX_UPGRADE_GUID "6C263EF6-CFF8-4765-945A-61ADCF30AF48")
set(CPACK_WIX_PRODUCT_ICON "${_rd_icon_dir}/rolloutdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${ROLLOUTDESK_DISPLAY_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")

# macOS DragNDrop: the DMG shows RolloutDesk.app next to a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "${ROLLOUTDESK_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
