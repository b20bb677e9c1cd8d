# Linux: desktop integration installed under the prefix (/usr in packages),
# and the .deb / .rpm settings. Included from packaging/CMakeLists.txt.
set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(linux_out ${CMAKE_CURRENT_BINARY_DIR}/linux)
set(app_id ${PORTFOLIO_LINKS_APP_ID})
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/portfolio-links)
set(icons_dir ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

install(FILES ${linux_dir}/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_dir}/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icons: the SVG, the 256 px PNG as it is, and 16-128 px PNGs scaled from
# that PNG by ImageMagick at build time (ImageMagick here has no SVG
# delegate). -strip and no date chunks keep the files reproducible.
set(icon_png ${PROJECT_SOURCE_DIR}/resources/icons/${app_id}.png)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${app_id}.svg DESTINATION ${icons_dir}/scalable/apps)
install(FILES ${icon_png} DESTINATION ${icons_dir}/256x256/apps)
find_program(PORTFOLIO_LINKS_IMAGEMAGICK NAMES magick convert
    DOC "ImageMagick, to scale the application icon to the hicolor sizes")
if(PORTFOLIO_LINKS_IMAGEMAGICK)
    set(scaled_icons)
    foreach(size IN ITEMS 16 32 48 64 128)
        set(icon ${linux_out}/icons/${size}x${size}/${app_id}.png)
        add_custom_command(OUTPUT ${icon}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${linux_out}/icons/${size}x${size}
            COMMAND ${PORTFOLIO_LINKS_IMAGEMAGICK} ${icon_png} -strip -resize ${size}x${size}
                    -define png:exclude-chunks=date,time PNG32:${icon}
            DEPENDS ${icon_png}
            COMMENT "Scaling the application icon to ${size} px"
            VERBATIM)
        install(FILES ${icon} DESTINATION ${icons_dir}/${size}x${size}/apps)
        list(APPEND scaled_icons ${icon})
    endforeach()
    add_custom_target(portfolio_links_icons ALL DEPENDS ${scaled_icons})
else()
    message(WARNING "ImageMagick (convert) not found: the packages get only the SVG and "
                    "256 px icons. On Debian: apt-get install imagemagick")
endif()

# Manual page and the Debian changelog, compressed as Debian wants them
# (gzip -9n: no name, no timestamp).
find_program(PORTFOLIO_LINKS_GZIP gzip REQUIRED)
configure_file(${linux_dir}/portfolio-links.1.in ${linux_out}/portfolio-links.1 @ONLY)
configure_file(${linux_dir}/portfolio-links-cli.1 ${linux_out}/portfolio-links-cli.1 @ONLY)
set(man_pages)
foreach(page IN ITEMS portfolio-links portfolio-links-cli)
    add_custom_command(OUTPUT ${linux_out}/man1/${page}.1.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${linux_out}/man1
        COMMAND ${CMAKE_COMMAND} -E copy ${linux_out}/${page}.1 ${linux_out}/man1/${page}.1
        COMMAND ${PORTFOLIO_LINKS_GZIP} -9nf ${linux_out}/man1/${page}.1
        DEPENDS ${linux_out}/${page}.1
        COMMENT "Compressing the manual page ${page}(1)"
        VERBATIM)
    list(APPEND man_pages ${linux_out}/man1/${page}.1.gz)
endforeach()
add_custom_command(OUTPUT ${linux_out}/doc/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${linux_out}/doc
    COMMAND ${CMAKE_COMMAND} -E copy ${linux_dir}/changelog ${linux_out}/doc/changelog
    COMMAND ${PORTFOLIO_LINKS_GZIP} -9nf ${linux_out}/doc/changelog
    DEPENDS ${linux_dir}/changelog
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(portfolio_links_linux_docs ALL
    DEPENDS ${man_pages} ${linux_out}/doc/changelog.gz)
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completion of portfolio-links-cli, where bash-completion and zsh look.
install(FILES ${linux_dir}/portfolio-links-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME portfolio-links-cli)
install(FILES ${linux_dir}/_portfolio-links-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# /usr/share/doc/portfolio-links: the machine-readable copyright file with
# both licences in full (MIT for the app, OFL for the Vazirmatn font that is
# compiled into the executable), the font's licence as shipped, and the
# changelog (the version has no Debian revision: a native package).
function(portfolio_links_dep5_text file variable)
    # A text file as the body of a copyright-format field: every line
    # indented by one space, empty lines as " .".
    file(READ ${file} text)
    string(REPLACE "\r" "" text "${text}")
    string(REGEX REPLACE "[ \t]+\n" "\n" text "${text}")
    string(STRIP "${text}" text)
    string(REPLACE "\n" "\n " text " ${text}")
    string(REPLACE "\n \n" "\n .\n" text "${text}")
    string(REPLACE "\n \n" "\n .\n" text "${text}")
    set(${variable} "${text}" PARENT_SCOPE)
endfunction()
portfolio_links_dep5_text(${PORTFOLIO_LINKS_LICENSE_FILE} PORTFOLIO_LINKS_MIT_TEXT)
portfolio_links_dep5_text(${PORTFOLIO_LINKS_FONT_LICENSE_FILE} PORTFOLIO_LINKS_OFL_TEXT)
configure_file(${linux_dir}/copyright.in ${linux_out}/copyright @ONLY)
install(FILES ${linux_out}/copyright ${linux_out}/doc/changelog.gz ${PORTFOLIO_LINKS_FONT_LICENSE_FILE}
    DESTINATION ${doc_dir})

# Generators: the .rpm only where rpmbuild is (Debian: apt-get install rpm).
find_program(PORTFOLIO_LINKS_RPMBUILD rpmbuild)
if(PORTFOLIO_LINKS_RPMBUILD)
    set(CPACK_GENERATOR DEB RPM)
else()
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# .deb: dpkg-shlibdeps computes the library dependencies (Qt 6, QtKeychain,
# libc, libstdc++) from the executable. The platform plugins (xcb, wayland,
# offscreen) are not linked, so they are named: without qt6-qpa-plugins the
# app cannot open a window. Nor is the SQLite driver of Qt SQL, which holds
# the outbox and the history. Qt's own Persian strings are in
# qt6-translations-l10n.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# .rpm: rpmbuild's automatic requires (AutoReq) find the same libraries as
# sonames, e.g. libQt6Widgets.so.6()(64bit) and libqt6keychain.so.1()(64bit).
# The directories shared with other packages are not owned by this one.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT AND OFL-1.1")
set(CPACK_RPM_PACKAGE_AUTOREQ yes)
set(CPACK_RPM_PACKAGE_AUTOPROV yes)
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
# The same releases as linux/changelog (Debian), in the RPM format.
set(CPACK_RPM_CHANGELOG_FILE ${linux_dir}/rpm-changelog)
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/bash-completion
    /usr/share/bash-completion/completions
    /usr/share/zsh
    /usr/share/zsh/vendor-completions)
foreach(size IN ITEMS 16 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size}
        /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
# No /usr/lib/.build-id links: they would clash with other packages' links.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
