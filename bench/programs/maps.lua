-- Same work as maps.go.
local n = 1000000
local m = {}
for i = 0, n - 1 do
  m[i * 31] = i
end
local hits = 0
for i = 0, n * 2 - 1 do
  if m[i * 31] ~= nil then
    hits = hits + 1
  end
end
for i = 0, n - 1, 2 do
  m[i * 31] = nil
end
local count, sum = 0, 0
for _, v in pairs(m) do
  count = count + 1
  sum = sum + v
end
print(count .. " " .. hits .. " " .. sum)

local ns = 200000
local s = {}
local keys = 0
for i = 0, ns - 1 do
  local k = "key" .. tostring(i % (ns // 2))
  local old = s[k]
  if old == nil then
    keys = keys + 1
    old = 0
  end
  s[k] = old + 1
end
local found = 0
for i = 0, ns - 1 do
  found = found + (s["key" .. tostring(i)] or 0)
end
print(keys .. " " .. found)
