{application, depapp, [{description, "dep"}, {vsn, "0.1"}, {applications, [kernel, stdlib, myapp]}, {env, []}]}.
