meta { title = "Old", language = "en", version = "test" }
start "w"
scene "w" { say "Hello" }
