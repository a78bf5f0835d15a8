{application, badapp, [{vsn, "0.1"}, {applications, [kernel, stdlib]}, {mod, {myapp_app, [bad]}}]}.
