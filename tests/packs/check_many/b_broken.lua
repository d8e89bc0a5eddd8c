question "sleep" { text = "How do you sleep?", options = { "Well", "Badly" }, multipel = true }
question "mood" { text = "How is your mood?", options = { "Good", "Low" } }
red_flag "low" { when = answered("mood", "Low"), level = "later", patient = "Tell us." }
