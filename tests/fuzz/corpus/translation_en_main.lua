start "welcome"
scene "welcome" { ask "pain", go = "learn" }
scene "learn" { say "Pain is real." }
question "pain" { text = "Pain?", options = { "Yes", "No", "Not sure" } }
prompt "scan" { text = "Do I need a scan?" }
