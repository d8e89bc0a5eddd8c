-- A pack whose script function tries to remember something from one patient to the next
-- (in a local it keeps). The kiosk loads such a pack afresh after every visit, so the next
-- patient never meets the last one's state.
meta { title = "Script state", language = "en", version = "test",
       reviewed_by = "test", reviewed_on = "2026-11-26" }
start "welcome"

local earlier_visit = false

scene "welcome" {
  ask "ready",
  ask "remembered" { when = function()
    local seen = earlier_visit
    earlier_visit = true
    return seen
  end },
  go = "@end",
}
question "ready" { text = "Are you ready?", options = { "Yes", "No" } }
question "remembered" { text = "Someone was here before you.", options = { "Yes", "No" } }
