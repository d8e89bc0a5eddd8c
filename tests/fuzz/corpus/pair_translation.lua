start "welcome"
scene "welcome" { ask "pain", go = "learn" }
scene "learn" { say "Pain is real." }
question "pain" { text = "Pain?", options = { "Yes", "No", "Not sure" } }
prompt "scan" { text = "Do I need a scan?" }

--- es ---
start "welcome"
scene "welcome" { ask "pain", go = "@end" }
question "pain" { text = "¿Dolor?", options = { "Sí", "No" } }
prompt "scan" { text = "¿Necesito una prueba?" }
prompt "extra" { text = "¿Y esto?" }
