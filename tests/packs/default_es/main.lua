meta { language = "es", language_name = "Español", default = true }
start "w"
scene "w" { say "Hola" }
