# Content tests (issue 3): the reading-grade formulas, the shipped clinic pack and its drive
# files. Included from tests/CMakeLists.txt.

add_executable(test_readability ${CMAKE_CURRENT_SOURCE_DIR}/test_readability.c)
target_link_libraries(test_readability PRIVATE wr_core)
add_test(NAME content_readability COMMAND test_readability)
set_tests_properties(content_readability PROPERTIES TIMEOUT 30 ENVIRONMENT "${WR_TEST_ENV}")

# The shipped pack loads and every reference in it resolves, and each drive file for the
# clinic content plays through, once the kiosk executable exists.
if(TARGET waitroom)
  add_test(NAME content_pack_check
           COMMAND waitroom --check ${WR_SOURCE_DIR}/scripts/clinic
           WORKING_DIRECTORY ${WR_SOURCE_DIR})
  set_tests_properties(content_pack_check PROPERTIES TIMEOUT 60 ENVIRONMENT "${WR_TEST_ENV}")

  file(GLOB WR_CLINIC_DRIVES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/drive/clinic_*.lua)
  foreach(drive ${WR_CLINIC_DRIVES})
    get_filename_component(name ${drive} NAME_WE)
    add_test(NAME content_${name}
             COMMAND waitroom --headless --scripts ${WR_SOURCE_DIR}/scripts/clinic
                     --drive ${drive} --shots ${CMAKE_CURRENT_BINARY_DIR}/shots/${name}
             WORKING_DIRECTORY ${WR_SOURCE_DIR})
    set_tests_properties(content_${name} PROPERTIES TIMEOUT 300 ENVIRONMENT "${WR_TEST_ENV}")
  endforeach()
endif()
