# Windows: portfolio-links.exe and everything it needs in bin\ under
# C:\Program Files\Portfolio Links, installed by an NSIS installer
# (cpack -G NSIS, the default) or a WiX .msi (cpack -G WIX; WiX Toolset 3).
# Included from packaging/CMakeLists.txt on Windows only.
#
#  - Qt's DLLs and plugins (platforms\qwindows.dll, styles, image formats,
#    TLS): windeployqt, run at install time (so also inside cpack) by the
#    script of qt_generate_deploy_app_script.
#  - Qt's own Persian strings: translations\qtbase_fa.qm, the catalogue the
#    app loads (windeployqt would merge all languages into qt_*.qm instead).
#  - QtKeychain: its DLL next to the executable when it is a shared library.
#  - VC++ runtime, app-local: InstallRequiredSystemLibraries copies the
#    build machine's msvcp140.dll, vcruntime140.dll, vcruntime140_1.dll,
#    concrt140.dll ... into bin\, so no vc_redist needs to be installed. The
#    Universal CRT is part of Windows 10 and later and is not copied.
#    windeployqt is told not to add the runtime a second time.
#  - portfolio-links-cli.exe, the command line (a console program), in bin\
#    beside the app, with the same deployed Qt DLLs; no Start-menu entry.
#  - Start menu: "Portfolio Links" (CPACK_PACKAGE_EXECUTABLES); both
#    installers register an uninstaller in Settings > Apps.
#  - Upgrades: the .msi has a fixed UpgradeCode (never change it); the NSIS
#    installer has a fixed registry key and uninstalls the older version first.
set(windows_dir ${CMAKE_CURRENT_SOURCE_DIR}/windows)
set(PORTFOLIO_LINKS_ICO ${windows_dir}/portfolio-links.ico)

# Icon and version information of the executable. The .ico holds 16-256 px,
# made from resources/icons/org.portfoliolinks.PortfolioLinks.png with
# ImageMagick: convert <png> -strip -define icon:auto-resize=256,128,64,48,32,24,16 portfolio-links.ico
configure_file(${windows_dir}/portfolio-links.rc.in ${CMAKE_CURRENT_BINARY_DIR}/windows/portfolio-links.rc @ONLY)
target_sources(portfolio-links PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/portfolio-links.rc)

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET portfolio-links
        OUTPUT_SCRIPT deploy_script
        NO_COMPILER_RUNTIME
        NO_TRANSLATIONS)
else()
    qt_generate_deploy_app_script(TARGET portfolio-links FILENAME_VARIABLE deploy_script)
endif()
install(SCRIPT ${deploy_script})
set(qt_fa ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_fa.qm)
if(EXISTS ${qt_fa})
    install(FILES ${qt_fa} DESTINATION translations)
endif()

get_target_property(keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT keychain)
    set(keychain Qt6Keychain::Qt6Keychain)
endif()
get_target_property(keychain_type ${keychain} TYPE)
if(keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${keychain}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

install(FILES ${PORTFOLIO_LINKS_INSTALLER_LICENSE} DESTINATION . RENAME LICENSE.txt)

set(CPACK_GENERATOR NSIS)
set(CPACK_RESOURCE_FILE_LICENSE ${PORTFOLIO_LINKS_INSTALLER_LICENSE})

# NSIS
set(CPACK_NSIS_PACKAGE_NAME "Portfolio Links")
set(CPACK_NSIS_DISPLAY_NAME "Portfolio Links")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "PortfolioLinks")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON ${PORTFOLIO_LINKS_ICO})
set(CPACK_NSIS_MUI_UNIICON ${PORTFOLIO_LINKS_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\portfolio-links.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@portfolio-links.invalid")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# WiX
set(CPACK_WIX_UPGRADE_GUID "0731472E-0DB0-4FD6-8265-8C56C1109228")
set(CPACK_WIX_PRODUCT_ICON ${PORTFOLIO_LINKS_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Portfolio Links")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
