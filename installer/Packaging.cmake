# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for what is not a binary, and CPack's Debian package (scripts/package builds it;
# scripts/lib/check-package.sh checks it). Included by the top-level CMakeLists.txt.
#
# The package "s1bridge" holds s1bridge (when S1_BUILD_GUI) and s1bridge-cli. The simulator
# executable s1bridge-sim is in the component "demo-tools", excluded from the default install and so
# from the package: the window's demo tenant runs the simulator in-process (library s1sim, linked
# into s1bridge). The translations are compiled into the binaries (src/core: qt_add_lrelease +
# qt_add_resources under :/i18n), so there is no .qm file to install.
include(GNUInstallDirs)

set(S1_PACKAGE_NAME s1bridge)
set(S1_APP_ID io.github.s1bridge.S1Bridge)
set(S1_HOMEPAGE "https://github.com/s1bridge/s1bridge")
# Debian's documentation directory is named after the package, not after the CMake project.
set(S1_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${S1_PACKAGE_NAME})

# Man pages and the Debian changelog are installed compressed (gzip -9n: no name, no time stamp,
# so the package is reproducible), as Debian policy and lintian want.
find_program(S1_GZIP gzip REQUIRED)
set(S1_GZIPPED_MAN "")
foreach(page s1bridge-cli.1 s1bridge.1)
    if(page STREQUAL "s1bridge.1" AND NOT S1_BUILD_GUI)
        continue()
    endif()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/installer/${page}.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/installer
        COMMAND ${S1_GZIP} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/installer/man/${page} > ${out}
        DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/installer/man/${page} VERBATIM)
    list(APPEND S1_GZIPPED_MAN ${out})
endforeach()
set(S1_GZIPPED_CHANGELOG ${CMAKE_CURRENT_BINARY_DIR}/installer/changelog.gz)
add_custom_command(OUTPUT ${S1_GZIPPED_CHANGELOG}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/installer
    COMMAND ${S1_GZIP} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/installer/changelog > ${S1_GZIPPED_CHANGELOG}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/installer/changelog VERBATIM)
add_custom_target(s1_package_docs ALL DEPENDS ${S1_GZIPPED_MAN} ${S1_GZIPPED_CHANGELOG})

install(FILES ${S1_GZIPPED_MAN} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${S1_GZIPPED_CHANGELOG} DESTINATION ${S1_DOCDIR})
install(FILES installer/copyright README.md DESTINATION ${S1_DOCDIR})
install(FILES installer/systemd/README.txt DESTINATION ${S1_DOCDIR} RENAME README.systemd)
install(FILES installer/completion/s1bridge-cli
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
# systemd looks for user units in /usr/lib/systemd/user (not the multiarch library directory).
install(FILES
    installer/systemd/s1bridge@.service
    installer/systemd/s1bridge-import@.service
    installer/systemd/s1bridge-import@.timer
    DESTINATION lib/systemd/user)

if(S1_BUILD_GUI)
    install(FILES installer/s1bridge.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES installer/${S1_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(DIRECTORY resources/hicolor/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
        FILES_MATCHING PATTERN "s1bridge.png")
    install(FILES resources/s1bridge.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Hardening as Debian builds its packages (lintian's hardening-no-bindnow and
# hardening-no-fortify-functions): full RELRO and immediate binding for every executable of ours;
# _FORTIFY_SOURCE only in optimised builds (it needs -O and warns without it).
target_link_options(s1_options INTERFACE -Wl,-z,relro -Wl,-z,now)
target_compile_definitions(s1_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${S1_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "S1 Bridge developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "S1 Bridge developers <s1bridge@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SentinelOne administration: OpenCTI import, IOC exchange, firewall")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${S1_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the binaries link are found by dpkg-shlibdeps (dpkg-dev); Qt plugins are loaded at run
# time and so named here: the SQLite driver (job history, IOC store), the SVG icon engine (our icons)
# and the platform plugins (xcb) of the window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(S1_RUNTIME_DEPENDS libqt6sql6-sqlite)
if(S1_BUILD_GUI)
    list(APPEND S1_RUNTIME_DEPENDS libqt6svg6 qt6-qpa-plugins)
endif()
list(JOIN S1_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# The tokens live in the Secret Service; a desktop without one keeps them for the session only.
# Qt's own strings (dialog buttons, standard menus) in German and French come from Debian's Qt catalogues.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# CPack makes CPACK_PACKAGE_DESCRIPTION_SUMMARY the first line (the synopsis); this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"S1 Bridge connects a SentinelOne console to the tools around it, in one
desktop application with a headless twin (s1bridge-cli):
 - threats flagged in SentinelOne become de-duplicated OpenCTI incidents;
 - indicators of compromise are exchanged between SentinelOne, OpenCTI,
   TAXII 2.1 collections, feeds and files, under business rules;
 - IP collections are exported as SentinelOne firewall-control rules.
API tokens are kept in the desktop's keychain (Secret Service). The CLI
and the systemd user units run the same jobs on a server.")

include(CPack)
