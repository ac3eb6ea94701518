-- Same algorithm as spectralnorm.go. Go's 0-based index k lives at t[k+1].
local function a(i, j)
  local ij = i + j
  return 1.0 / ((ij * (ij + 1)) // 2 + i + 1)
end

local function multiplyAv(n, v, av)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do
      sum = sum + a(i, j) * v[j + 1]
    end
    av[i + 1] = sum
  end
end

local function multiplyAtv(n, v, atv)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do
      sum = sum + a(j, i) * v[j + 1]
    end
    atv[i + 1] = sum
  end
end

local function multiplyAtAv(n, v, out, tmp)
  multiplyAv(n, v, tmp)
  multiplyAtv(n, tmp, out)
end

-- Newton's iteration, as in the Go version.
local function sqrt(x)
  if x <= 0 then
    return 0.0
  end
  local z = x
  if z < 1 then
    z = 1.0
  end
  while true do
    local nxt = (z + x / z) / 2
    if nxt >= z then
      return z
    end
    z = nxt
  end
end

local n = 500
local u, v, tmp = {}, {}, {}
for i = 1, n do
  u[i], v[i], tmp[i] = 1.0, 0.0, 0.0
end
for _ = 1, 10 do
  multiplyAtAv(n, u, v, tmp)
  multiplyAtAv(n, v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
io.write(string.format("%0.9f\n", sqrt(vBv / vv)))
