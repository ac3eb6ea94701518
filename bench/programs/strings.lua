-- Same work as strings.go: a table buffer joined once (Lua's builder), and
-- s = s .. t in a loop.
local parts = {}
for i = 0, 999999 do
  parts[#parts + 1] = tostring(i)
  parts[#parts + 1] = ","
end
local out = table.concat(parts)
print(#out)

local s = ""
for i = 0, 19999 do
  s = s .. tostring(i % 10)
end
print(#s .. " " .. string.sub(s, -10))
