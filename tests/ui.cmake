# engine/ui and engine/platform tests: wrapping, layout invariants, input, and the headless
# renderer. ui_gallery renders every sample screen to PNG (run by hand, or as a test into
# the build directory).
add_library(wr_test_ui_screens STATIC ${CMAKE_CURRENT_SOURCE_DIR}/test_ui_screens.c)
target_link_libraries(wr_test_ui_screens PUBLIC wr_ui)
target_include_directories(wr_test_ui_screens PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

add_executable(ui_gallery ${CMAKE_CURRENT_SOURCE_DIR}/ui_gallery.c)
target_link_libraries(ui_gallery PRIVATE wr_platform wr_test_ui_screens)
