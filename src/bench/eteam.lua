-- wrk script for src/bench/http.sh: one request shape per run, counted the same way for
-- every endpoint.
--
--   wrk ... -s src/bench/eteam.lua URL [-- TOKEN [JSON_BODY]]
--
-- TOKEN (or "-" for none) is sent as "Authorization: Bearer TOKEN"; with JSON_BODY the
-- request is a POST of that body. At the end it prints one line,
--   RESULT requests=N seconds=S rps=R non2xx=N connect=N read=N write=N timeout=N p50_ms=X p99_ms=X
-- where non2xx counts every answer outside 200..299 (wrk's own summary counts only >= 400).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
   wrk.headers["Accept"] = "application/json"
   local token = args[1]
   if token ~= nil and token ~= "" and token ~= "-" then
      wrk.headers["Authorization"] = "Bearer " .. token
   end
   if args[2] ~= nil then
      wrk.method = "POST"
      wrk.body = args[2]
      wrk.headers["Content-Type"] = "application/json"
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + thread:get("non2xx")
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.0f non2xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p99_ms=%.2f\n",
      summary.requests, seconds, summary.requests / seconds, non2xx_total,
      e.connect, e.read, e.write, e.timeout,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
