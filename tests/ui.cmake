# engine/ui and engine/platform tests: wrapping, layout invariants, input, and the headless
# renderer. ui_gallery renders every sample screen to PNG (run by hand, or as a test into
# the build directory).
add_library(wr_test_ui_screens STATIC ${CMAKE_CURRENT_SOURCE_DIR}/test_ui_screens.c)
target_link_libraries(wr_test_ui_screens PUBLIC wr_ui)
target_include_directories(wr_test_ui_screens PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

add_executable(ui_gallery ${CMAKE_CURRENT_SOURCE_DIR}/ui_gallery.c)
target_link_libraries(ui_gallery PRIVATE wr_platform wr_test_ui_screens)

add_executable(test_ui ${CMAKE_CURRENT_SOURCE_DIR}/test_ui.c)
target_link_libraries(test_ui PRIVATE wr_test_ui_screens wr_ui m)
add_test(NAME ui COMMAND test_ui)
set_tests_properties(ui PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")

add_executable(test_platform ${CMAKE_CURRENT_SOURCE_DIR}/test_platform.c)
target_link_libraries(test_platform PRIVATE wr_platform wr_test_ui_screens PkgConfig::SDL2)
add_test(NAME platform COMMAND test_platform)
set_tests_properties(platform PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")

add_test(NAME ui_gallery COMMAND ui_gallery ${CMAKE_CURRENT_BINARY_DIR} 1920x1080 480x800)
set_tests_properties(ui_gallery PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")

# A right-to-left language (issue 10): the clinic pack's Arabic draft, laid out with the
# real fonts, mirrored item by item against the same screen left to right, and rendered.
add_executable(test_rtl ${CMAKE_CURRENT_SOURCE_DIR}/test_rtl.c)
target_link_libraries(test_rtl PRIVATE wr_lua wr_platform wr_ui wr_core)
add_test(NAME rtl COMMAND test_rtl ${WR_SOURCE_DIR} WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(rtl PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")
# The sound: queue, marks, a dummy SDL device in real time, espeak-ng speech.
add_executable(test_audio ${CMAKE_CURRENT_SOURCE_DIR}/test_audio.c)
target_link_libraries(test_audio PRIVATE wr_platform PkgConfig::SDL2 m)
add_test(NAME audio COMMAND test_audio)
set_tests_properties(audio PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")

# The layout invariants of issue 12 on every screen of a visit to the clinic pack, in English
# and Spanish, at five display sizes, two text sizes and both themes (and failing on purpose).
add_executable(test_layout ${CMAKE_CURRENT_SOURCE_DIR}/test_layout.c)
target_link_libraries(test_layout PRIVATE wr_lua wr_platform wr_ui wr_core m)
target_include_directories(test_layout PRIVATE ${WR_SOURCE_DIR}/engine/ui)
add_test(NAME layout COMMAND test_layout ${WR_SOURCE_DIR} ${CMAKE_BINARY_DIR}/shots/layout)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/shots/layout)
set_tests_properties(layout PROPERTIES TIMEOUT 300 ENVIRONMENT "${WR_TEST_ENV}")

# Chart text: every number drawn on the pack's pictures is at least 4.5:1 on the picture's card.
add_executable(test_chart_contrast ${CMAKE_CURRENT_SOURCE_DIR}/test_chart_contrast.c)
target_link_libraries(test_chart_contrast PRIVATE m)
add_test(NAME chart_contrast COMMAND test_chart_contrast ${WR_SOURCE_DIR})
set_tests_properties(chart_contrast PROPERTIES TIMEOUT 60)
