-- Same work as panic_recover.go: error raises the value two calls down,
-- pcall in try catches it (Go's deferred closure with recover).
local function check(i)
  if i >= 0 then
    error(i & 4095)
  end
end

local function validate(i)
  check(i)
  return -1
end

local function try(i)
  local n = 0
  local ok, r = pcall(validate, i)
  if not ok and r ~= nil then
    n = n + 1
    return r + n
  end
  return r
end

local sum = 0
for i = 0, 1999999 do
  sum = sum + try(i)
end
print(sum)
