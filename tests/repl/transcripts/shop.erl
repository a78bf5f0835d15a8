-module(shop).
-export([price/1, total/1, new_item/2]).
-record(item, {name, price = 0, tags = []}).

price(apple) -> 3;
price(pear) -> 5.

total(Items) -> lists:sum([price(I) || I <- Items]).

new_item(Name, Price) -> #item{name = Name, price = Price}.
