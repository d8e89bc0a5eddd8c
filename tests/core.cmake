# engine/core unit tests: no SDL, no Lua.
add_executable(test_core ${CMAKE_CURRENT_SOURCE_DIR}/test_core.c)
target_link_libraries(test_core PRIVATE wr_core)
add_test(NAME core COMMAND test_core)
set_tests_properties(core PROPERTIES TIMEOUT 30 ENVIRONMENT "${WR_TEST_ENV}")
