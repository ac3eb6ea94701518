-- Same algorithm as loop.go (Lua 5.4 integers are 64-bit, like Go's int).
local n = 5000
local sum = 0
for i = 0, n - 1 do
  local x = i
  for j = 0, n - 1 do
    x = (x * 31 + j) & 0xFFFFF
    sum = sum + (x ~ j)
  end
end
print(sum)
