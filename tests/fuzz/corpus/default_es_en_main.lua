meta { language_name = "English" }
start "w"
scene "w" { say "Hello" }
