-- wrk: POST the sample situation of docs/design.md to /v1/recommendations
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"stage":"FORMING","organizerType":"VOLUNTEER_GROUP","region":"KYUSHU",' ..
  '"goals":{"ENABLE_CONTINUOUS_ACTIVITY":1.0,"REDUCE_OPERATING_BURDEN":0.5},' ..
  '"challenges":["SCHEDULING_CONFLICTS","SALES_PITCH_CONCERN"],"adoptedPractices":[13]}'

-- count answers other than 200 as errors (wrk counts only socket errors and 4xx/5xx as "Non-2xx")
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
