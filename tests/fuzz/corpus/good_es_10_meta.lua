meta { title = "Dolor de espalda", language = "es", language_name = "Español" }
start "welcome"
