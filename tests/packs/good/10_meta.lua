-- A small pack that uses every word. Line numbers matter: test_lua_pack.c checks them.
meta { title = "Back pain", language = "en", version = "2026-11-1", language_name = "English" }
start "welcome"
ui { next = "Continue" }
