# cmake -DTEMPLATE=... -DOUTPUT=... -DAPP_ID=... -DVERSION=... -P configure_plist.cmake
# Fills the Info.plist template the way CMake does for a MACOSX_BUNDLE target (the target
# properties of installer/Packaging.cmake become MACOSX_BUNDLE_* variables; ${} substitution).
cmake_minimum_required(VERSION 3.21)
set(MACOSX_BUNDLE_EXECUTABLE_NAME "RolloutDesk")
set(MACOSX_BUNDLE_GUI_IDENTIFIER "${APP_ID}")
set(MACOSX_BUNDLE_BUNDLE_NAME "Rollout Desk")
set(MACOSX_BUNDLE_BUNDLE_VERSION "${VERSION}")
set(MACOSX_BUNDLE_SHORT_VERSION_STRING "${VERSION}")
set(MACOSX_BUNDLE_ICON_FILE "rolloutdesk.icns")
set(MACOSX_BUNDLE_COPYRIGHT "Copyright The Rollout Desk developers, Apache License 2.0")
configure_file("${TEMPLATE}" "${OUTPUT}")
