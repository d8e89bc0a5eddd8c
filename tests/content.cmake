# Content tests (issue 3): the reading-grade formulas and the shipped clinic pack.
# Included from tests/CMakeLists.txt.

# The formulas on hand-counted sentences; with the Lua loader, also every patient-facing string
# of the shipped pack: each at most grade 8, each language's average at most grade 6.
add_executable(test_readability ${CMAKE_CURRENT_SOURCE_DIR}/test_readability.c)
target_link_libraries(test_readability PRIVATE wr_core)
add_test(NAME content_readability COMMAND test_readability)
set_tests_properties(content_readability PROPERTIES TIMEOUT 30 ENVIRONMENT "${WR_TEST_ENV}")
if(TARGET wr_lua)
  target_link_libraries(test_readability PRIVATE wr_lua)
  target_compile_definitions(test_readability PRIVATE WR_HAVE_LUAPACK)
  add_test(NAME content_readability_pack
           COMMAND test_readability --pack ${WR_SOURCE_DIR}/scripts/clinic)
  set_tests_properties(content_readability_pack PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")
endif()

# The shipped pack loads and every reference in it resolves. (The drive files
# tests/drive/clinic_*.lua are run by tests/drive.cmake, as drive_clinic_*.)
if(TARGET waitroom)
  add_test(NAME content_pack_check
           COMMAND waitroom --check ${WR_SOURCE_DIR}/scripts/clinic
           WORKING_DIRECTORY ${WR_SOURCE_DIR})
  set_tests_properties(content_pack_check PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")
endif()
