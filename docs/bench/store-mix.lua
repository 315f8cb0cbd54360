-- mixed reads for wrk: cycles through document views, lists, searches and health
local paths = {}
math.randomseed(7)
local words = {"%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3", "%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9", "%D8%A7%D9%84%D9%85%D9%81%D8%A7%D9%88%D8%B6%D8%A7%D8%AA", "%D8%A7%D9%84%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF"}
for i = 1, 1000 do
  local r = math.random(100)
  if r <= 30 then paths[i] = "/api/search?q=" .. words[math.random(#words)]
  elseif r <= 75 then paths[i] = "/api/documents/" .. math.random(9900)
  elseif r <= 85 then paths[i] = "/api/documents?limit=20&offset=" .. math.random(100)
  elseif r <= 95 then paths[i] = "/api/search?kind=doc&from=2018-03-01&q=" .. words[math.random(#words)]
  else paths[i] = "/health" end
end
local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
