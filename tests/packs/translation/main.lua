meta { title = "Translation", language = "en", version = "test" }
start "welcome"
scene "welcome" { say "Hello.", say "Call {emergency}.", say "Bye.", ask "pain", go = "@end" }
question "pain" { text = "Any pain?", options = { { "yes", "Yes" }, { "no", "No" } } }
