meta { language_name = "English" }
start "w"
scene "w" { say "Hello" }

--- es ---
meta { language_name = "Español", default = true }
start "w"
scene "w" { say "Hola" }
