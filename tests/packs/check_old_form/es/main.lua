meta { title = "Viejo", language = "es", version = "test" }
start "w"
scene "w" { say "Hola" }
