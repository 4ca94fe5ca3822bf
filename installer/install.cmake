# Install rules (included from the root CMakeLists.txt): the programs, and for
# the desktop app its launcher, AppStream metainfo and icon, in the places
# desktops look for them. `cmake --install build --prefix DIR` puts them there.
include(GNUInstallDirs)
install(TARGETS postscope-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(POSTSCOPE_BUILD_GUI)
  install(TARGETS postscope RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # Named by the app's reverse-DNS id (ui/common/appsetup.h desktopId), as
  # the AppStream and desktop entry specifications ask; the icon too.
  set(POSTSCOPE_APP_ID io.github.postscope.Postscope)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${POSTSCOPE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/${POSTSCOPE_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/postscope.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${POSTSCOPE_APP_ID}.svg)
endif()
