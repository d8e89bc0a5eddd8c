# engine/lua tests: the sandbox, the pack loader with its DSL, the drive runner.
# They run in tests/packs, so that messages name files as "good/en/20_scenes.lua".
foreach(t lua_sandbox lua_pack lua_drive lua_check walk)
  add_executable(test_${t} ${CMAKE_CURRENT_SOURCE_DIR}/test_${t}.c)
  target_link_libraries(test_${t} PRIVATE wr_lua wr_core PkgConfig::LUA)
  add_test(NAME ${t} COMMAND test_${t} WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/packs)
  set_tests_properties(${t} PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")
endforeach()
# The walker plays the clinic pack 1000 times: allow for slow sanitizer builds.
set_tests_properties(walk PROPERTIES TIMEOUT 300)
