-- Random taps (tests/soak, label "long"): a patient who taps anything at all, for many
-- visits. controls() lists what a tap can reach on each screen; one is picked at random;
-- now and then time passes instead (into the idle warning, or past it). The drive fails on any error the kiosk
-- shows (the error screen) and at the end reports the screens reached.
local steps = 5000
local seen, order, taps = {}, {}, 0
local seed = 1
-- a small generator of its own, so a run can be replayed from its seed
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local function note()
  for _, name in ipairs({"attract", "scene", "question", "pick", "list", "urgent",
                         "idle_warning", "error", "staff", "end", "printing"}) do
    if not seen[name] and pcall(expect_screen, name) then
      seen[name] = true
      order[#order + 1] = name
    end
  end
end
for i = 1, steps do
  note()
  if seen.error then error("the kiosk showed its error screen after " .. taps .. " taps") end
  local c = controls()
  if #c == 0 or rand(60) == 1 then
    local w = rand(4)
    wait(w == 1 and 95 or w == 2 and 200 or 5) -- 95 s: into the idle warning; 200: past it
  else
    if pcall(tap, c[rand(#c)]) then taps = taps + 1 end
  end
end
log("random taps:", taps, "taps;", "screens reached:", table.concat(order, " "))
