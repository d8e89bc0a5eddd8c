# Print tests: documents (pdftotext, pdffonts, pdfinfo from poppler-utils) and printing to a
# private cupsd (tests/cups/) that the fixture "wr_cupsd" starts once and stops at the end.
# Other areas' tests can print to it too: FIXTURES_REQUIRED wr_cupsd, RESOURCE_LOCK wr_cupsd,
# and ${WR_CUPSD_ENV} in their ENVIRONMENT (CUPS_SERVER and WR_CUPSD_DIR). Queues: good
# (output in ${WR_CUPSD_DIR}/out/good.pdf), disabled, rejecting, paperout, broken, slow.
set(WR_PRINT_TEST_OUT ${CMAKE_CURRENT_BINARY_DIR}/print-out)
file(MAKE_DIRECTORY ${WR_PRINT_TEST_OUT})
# The port is taken from the build folder's name, so that two build trees on one machine (a
# plain and a sanitizer build, or two checkouts) can run their tests at the same time.
string(MD5 wr_dir_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${wr_dir_hash}" 0 4 wr_dir_hash)
math(EXPR wr_port "40000 + 0x${wr_dir_hash} % 9000" OUTPUT_FORMAT DECIMAL)
set(WR_CUPSD_PORT ${wr_port} CACHE STRING "Port of the private cupsd the print tests start")
set(WR_CUPSD_DIR ${CMAKE_CURRENT_BINARY_DIR}/cupsd)
set(WR_CUPSD_ENV "CUPS_SERVER=127.0.0.1:${WR_CUPSD_PORT};WR_CUPSD_DIR=${WR_CUPSD_DIR}")
# fontconfig keeps the system configuration that pango loads on a thread of its own until
# the process ends; LeakSanitizer (WR_SANITIZE) is told that this one is not ours.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/print-lsan.supp "leak:libfontconfig.so\n")
set(WR_PRINT_ENV "${WR_TEST_ENV};WR_PRINT_TEST_OUT=${WR_PRINT_TEST_OUT}"
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_BINARY_DIR}/print-lsan.supp")

foreach(t doc cups privacy ipp)
  add_executable(test_print_${t} ${CMAKE_CURRENT_SOURCE_DIR}/test_print_${t}.c)
  target_include_directories(test_print_${t} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(test_print_${t} PRIVATE wr_print)
endforeach()

add_test(NAME print_doc COMMAND test_print_doc)
set_tests_properties(print_doc PROPERTIES TIMEOUT 120 ENVIRONMENT "${WR_PRINT_ENV}")

add_test(NAME print_cupsd_start
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cups/start-cupsd.sh ${WR_CUPSD_DIR} ${WR_CUPSD_PORT})
set_tests_properties(print_cupsd_start PROPERTIES TIMEOUT 60 FIXTURES_SETUP wr_cupsd)
add_test(NAME print_cupsd_stop COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cups/stop-cupsd.sh ${WR_CUPSD_DIR})
set_tests_properties(print_cupsd_stop PROPERTIES TIMEOUT 60 FIXTURES_CLEANUP wr_cupsd)

target_compile_options(test_print_ipp PRIVATE ${CUPS_CFLAGS})
target_link_libraries(test_print_ipp PRIVATE ${CUPS_LIBS} pthread)

# print_ipp reads back every IPP request the print code sends (no space may reach cupsd:
# Debian 12's deb12u10 crashes on one) and kills a second private cupsd under a job.
foreach(t cups privacy ipp)
  add_test(NAME print_${t} COMMAND test_print_${t})
  set_tests_properties(print_${t} PROPERTIES TIMEOUT 120 FIXTURES_REQUIRED wr_cupsd
    RESOURCE_LOCK wr_cupsd ENVIRONMENT "${WR_PRINT_ENV};${WR_CUPSD_ENV}")
endforeach()

# Printing as in a clinic (tests/cups/system-print.sh): the machine's own cupsd set up as
# kiosk/CUPS.md says, an IPP Everywhere printer (ippeveprinter), a raw and an 80 mm receipt
# queue; English and Spanish lists and a whole kiosk visit read back from what came out.
# Needs root (it changes /etc/cups and puts it back): skipped, and said so, otherwise. CUPS's
# ipp backend polls the printer for the job's end, so each printout takes 5-15 s: the test
# runs in the plain build only (print_cups covers the same print code under the sanitizers).
add_executable(print_one ${CMAKE_CURRENT_SOURCE_DIR}/print_one.c)
target_include_directories(print_one PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(print_one PRIVATE wr_print)
if(NOT WR_SANITIZE)
add_test(NAME print_system COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cups/system-print.sh
         ${CMAKE_BINARY_DIR} ${WR_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/system-print)
set_tests_properties(print_system PROPERTIES TIMEOUT 400 SKIP_RETURN_CODE 77
  ENVIRONMENT "${WR_PRINT_ENV}")
endif()
