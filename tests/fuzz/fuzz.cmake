# Fuzzing the loader, the checker and the walker with tests/fuzz/fuzz_pack.c. The seed corpus
# is every script file already in the tree (the sample and clinic packs, the test packs),
# gathered into the build tree at configure time, plus tests/fuzz/corpus, which holds only
# the seeds that exist nowhere else (two languages in one input, split by "--- es ---").
#
# WR_FUZZ (on by default) builds fuzz_pack, a libFuzzer target, with clang whatever
# compiler builds the rest: fuzz_short runs it for 30 s (label fuzz), fuzz_long for 10
# minutes (label long: tools/test.sh leaves it out with -LE long). Without clang, fuzz_short
# fails through need_clang, naming the package (tests/CMakeLists.txt); -DWR_FUZZ=OFF runs the
# harness over the corpus as a plain program instead. fuzz_corpus does that in every build.
find_program(WR_CLANG NAMES clang clang-16 clang-15 clang-14)
option(WR_FUZZ "Build the libFuzzer target fuzz_pack with clang" ON)
if(WR_FUZZ AND NOT WR_CLANG)
  message(WARNING "clang not found (Debian package clang): fuzz_short will fail; "
                  "run tools/setup.sh, or configure with -DWR_FUZZ=OFF")
endif()

set(WR_FUZZ_SRC ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
set(WR_FUZZ_SEED ${CMAKE_CURRENT_BINARY_DIR}/fuzz-seed)
file(REMOVE_RECURSE ${WR_FUZZ_SEED})
file(GLOB_RECURSE seed_files CONFIGURE_DEPENDS ${WR_SOURCE_DIR}/scripts/*.lua
     ${CMAKE_CURRENT_SOURCE_DIR}/packs/*.lua ${CMAKE_CURRENT_SOURCE_DIR}/drive/packs/*.lua)
foreach(f ${seed_files})
  if(IS_SYMLINK ${f}) # the attack packs' links (to /etc/passwd...) are not seeds
    continue()
  endif()
  file(RELATIVE_PATH rel ${WR_SOURCE_DIR} ${f})
  string(REPLACE "/" "_" flat ${rel})
  configure_file(${f} ${WR_FUZZ_SEED}/${flat} COPYONLY)
endforeach()
set(WR_FUZZ_CORPUS ${WR_FUZZ_SEED} ${WR_FUZZ_SRC}/corpus)

# The harness as a plain program over the corpus, with the build's own compiler.
add_executable(fuzz_pack_replay ${WR_FUZZ_SRC}/fuzz_pack.c)
target_compile_definitions(fuzz_pack_replay PRIVATE WR_FUZZ_MAIN)
target_link_libraries(fuzz_pack_replay PRIVATE wr_lua wr_core)
add_test(NAME fuzz_corpus COMMAND fuzz_pack_replay ${WR_FUZZ_CORPUS})
set_tests_properties(fuzz_corpus PROPERTIES TIMEOUT 120 LABELS fuzz ENVIRONMENT "${WR_TEST_ENV}")

if(WR_FUZZ AND WR_CLANG)
  file(GLOB WR_FUZZ_CORE ${WR_SOURCE_DIR}/engine/core/*.c)
  set(WR_FUZZ_LUA sandbox.c sandbox_lib.c dsl.c dslitems.c dslcond.c dslhelp.c luapack.c diag.c packcheck.c packcheck_flow.c
      po.c packstrings.c
      packcheck_text.c packcheck_chars.c)
  list(TRANSFORM WR_FUZZ_LUA PREPEND ${WR_SOURCE_DIR}/engine/lua/)
  set(WR_FUZZ_BIN ${CMAKE_CURRENT_BINARY_DIR}/fuzz_pack)
  set(WR_FUZZ_INC -I${WR_SOURCE_DIR}/engine/core -I${WR_SOURCE_DIR}/engine/lua)
  foreach(dir ${LUA_INCLUDE_DIRS})
    list(APPEND WR_FUZZ_INC -I${dir})
  endforeach()
  add_custom_command(OUTPUT ${WR_FUZZ_BIN}
    COMMAND ${WR_CLANG} -std=c11 -g -O1 -fno-omit-frame-pointer
            -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
            -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE ${WR_FUZZ_INC}
            ${WR_FUZZ_SRC}/fuzz_pack.c ${WR_FUZZ_CORE} ${WR_FUZZ_LUA}
            ${LUA_LDFLAGS} -lm -o ${WR_FUZZ_BIN}
    DEPENDS ${WR_FUZZ_SRC}/fuzz_pack.c ${WR_FUZZ_CORE} ${WR_FUZZ_LUA}
    COMMENT "Building the libFuzzer target fuzz_pack with clang" VERBATIM)
  add_custom_target(fuzz_pack ALL DEPENDS ${WR_FUZZ_BIN})
  # New inputs go to the build tree; the seed corpus in the source tree is only read.
  set(WR_FUZZ_WORK ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus)
  file(MAKE_DIRECTORY ${WR_FUZZ_WORK})
  set(WR_FUZZ_ARGS -dict=${WR_FUZZ_SRC}/pack.dict -timeout=20 -rss_limit_mb=2560
      -max_len=16384 -print_final_stats=1 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/fuzz-)
  add_test(NAME fuzz_short
           COMMAND ${WR_FUZZ_BIN} -max_total_time=30 ${WR_FUZZ_ARGS} ${WR_FUZZ_WORK}
                   ${WR_FUZZ_CORPUS})
  set_tests_properties(fuzz_short PROPERTIES TIMEOUT 180 LABELS fuzz
                       ENVIRONMENT "${WR_TEST_ENV}")
  add_test(NAME fuzz_long
           COMMAND ${WR_FUZZ_BIN} -max_total_time=600 ${WR_FUZZ_ARGS} ${WR_FUZZ_WORK}
                   ${WR_FUZZ_CORPUS})
  set_tests_properties(fuzz_long PROPERTIES TIMEOUT 900 LABELS long
                       ENVIRONMENT "${WR_TEST_ENV}")
elseif(WR_FUZZ)
  add_test(NAME fuzz_short COMMAND sh -c "echo 'fuzz_short needs clang: install the Debian package clang (tools/setup.sh does)'; exit 1")
  set_tests_properties(fuzz_short PROPERTIES TIMEOUT 10 LABELS fuzz)
else()
  add_test(NAME fuzz_short COMMAND fuzz_pack_replay ${WR_FUZZ_CORPUS})
  set_tests_properties(fuzz_short PROPERTIES TIMEOUT 120 LABELS fuzz
                       ENVIRONMENT "${WR_TEST_ENV}")
endif()
