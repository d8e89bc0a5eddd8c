start "welcome"
scene "welcome" { say "Hello.", go = "@end" }
handout "secrets" { title = "Not a handout", file = "../../../etc/passwd.pdf" }
