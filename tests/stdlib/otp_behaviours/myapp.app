{application, myapp,
 [{description, "My test app"},
  {vsn, "1.2.3"},
  {modules, [myapp_app, myapp_sup]},
  {registered, [myapp_sup]},
  {applications, [kernel, stdlib]},
  {mod, {myapp_app, [hello]}},
  {env, [{greeting, "hi"}, {count, 3}]}]}.
