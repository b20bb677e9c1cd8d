# macOS: "Portfolio Links.app" in a drag-and-drop disk image
# (cpack -G DragNDrop: the app and a link to /Applications).
# Included from packaging/CMakeLists.txt on macOS only.
#
#  - Info.plist from macos/Info.plist.in: bundle id = the app id, version =
#    the project version, the icon.
#  - The icon: PortfolioLinks.icns, made at build time from the 256 px PNG
#    with sips and iconutil (both part of macOS).
#  - Qt's frameworks and plugins: macdeployqt, run at install time (so also
#    inside cpack) by the script of qt_generate_deploy_app_script. A shared
#    QtKeychain is found through the executable's rpath and copied too.
#  - Qt's own Persian strings: qtbase_fa.qm into Contents/Resources/translations
#    (macdeployqt does not deploy translations).
#  - portfolio-links-cli, the command line, in Contents/MacOS beside the
#    app's executable (the same frameworks through the same rpath); a user
#    links it into the PATH: ln -s "/Applications/Portfolio Links.app/Contents/MacOS/portfolio-links-cli" /usr/local/bin/
#  - Signed ad hoc at the end of the installation (PORTFOLIO_LINKS_CODESIGN_IDENTITY
#    for a real identity); not notarized.
set(macos_dir ${CMAKE_CURRENT_SOURCE_DIR}/macos)
set(bundle_name "Portfolio Links")
set(PORTFOLIO_LINKS_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}" CACHE STRING
    "LSMinimumSystemVersion of the app bundle")
if(NOT PORTFOLIO_LINKS_MACOS_MINIMUM)
    # Qt 6.8's minimum.
    set(PORTFOLIO_LINKS_MACOS_MINIMUM 12.0 CACHE STRING "LSMinimumSystemVersion of the app bundle" FORCE)
endif()

# The icon, generated at build time.
find_program(PORTFOLIO_LINKS_SIPS sips REQUIRED)
find_program(PORTFOLIO_LINKS_ICONUTIL iconutil REQUIRED)
set(icon_png ${PROJECT_SOURCE_DIR}/resources/icons/${PORTFOLIO_LINKS_APP_ID}.png)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/PortfolioLinks.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/PortfolioLinks.icns)
set(scale_commands)
foreach(entry IN ITEMS 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x 256:256x256)
    string(REPLACE ":" ";" entry "${entry}")
    list(GET entry 0 pixels)
    list(GET entry 1 name)
    list(APPEND scale_commands
        COMMAND ${PORTFOLIO_LINKS_SIPS} -z ${pixels} ${pixels} ${icon_png} --out ${iconset}/icon_${name}.png)
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${scale_commands}
    COMMAND ${PORTFOLIO_LINKS_ICONUTIL} -c icns -o ${icns} ${iconset}
    DEPENDS ${icon_png}
    COMMENT "Making PortfolioLinks.icns"
    VERBATIM)
add_custom_target(portfolio_links_icns DEPENDS ${icns})
add_dependencies(portfolio-links portfolio_links_icns)
target_sources(portfolio-links PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY portfolio-links PROPERTIES
    GENERATED TRUE
    MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(portfolio-links PROPERTIES
    OUTPUT_NAME "${bundle_name}"
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${PORTFOLIO_LINKS_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "${bundle_name}"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE PortfolioLinks.icns
    MACOSX_BUNDLE_COPYRIGHT "Portfolio Links developers, MIT License"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${PORTFOLIO_LINKS_APP_ID}
    # Keeps the rpath to a shared QtKeychain outside the build tree, so that
    # macdeployqt can find and copy it.
    INSTALL_RPATH_USE_LINK_PATH TRUE)

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET portfolio-links OUTPUT_SCRIPT deploy_script)
else()
    qt_generate_deploy_app_script(TARGET portfolio-links FILENAME_VARIABLE deploy_script)
endif()
install(SCRIPT ${deploy_script})
# The command line uses a subset of the app's frameworks: found through the
# bundle's Frameworks folder, as macdeployqt sets it up for the app.
set_target_properties(portfolio-links-cli PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
install(TARGETS portfolio-links-cli RUNTIME DESTINATION "${bundle_name}.app/Contents/MacOS")

set(qt_fa ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_fa.qm)
if(EXISTS ${qt_fa})
    install(FILES ${qt_fa} DESTINATION "${bundle_name}.app/Contents/Resources/translations")
    # After macdeployqt wrote qt.conf: Qt looks for its translations there.
    install(CODE "
        set(qt_conf \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle_name}.app/Contents/Resources/qt.conf\")
        if(EXISTS \"\${qt_conf}\")
            file(READ \"\${qt_conf}\" text)
            if(NOT text MATCHES \"Translations *=\")
                file(APPEND \"\${qt_conf}\" \"Translations = Resources/translations\\n\")
            endif()
        endif()")
endif()

# Signed last: macdeployqt and the lines above changed the bundle. "-" is an
# ad-hoc signature (not notarized), which Apple silicon needs to run it at all.
set(PORTFOLIO_LINKS_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity for the app bundle (- is ad hoc)")
find_program(PORTFOLIO_LINKS_CODESIGN codesign REQUIRED)
install(CODE "
    execute_process(COMMAND \"${PORTFOLIO_LINKS_CODESIGN}\" --force --deep --sign \"${PORTFOLIO_LINKS_CODESIGN_IDENTITY}\"
            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle_name}.app\"
        COMMAND_ERROR_IS_FATAL ANY)")

install(FILES ${PORTFOLIO_LINKS_INSTALLER_LICENSE} DESTINATION . RENAME LICENSE.txt)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "${bundle_name}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "portfolio-links-${PROJECT_VERSION}-macos")
