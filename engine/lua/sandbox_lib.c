/*
 * sandbox_lib.c -- the library functions that could do unbounded work inside one C call
 * (and so out of the instruction budget's sight) are charged for it, and setmetatable
 * refuses finalizers. Part of the sandbox (sandbox.h); uses only the public API of Lua 5.4.
 */
#include "sandbox.h"

#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#define SCAN_PER_STEP 4   /* bytes a library function reads through, per instruction */
#define ITEM_STEPS 4      /* instructions an item a library function moves or pushes costs */

/* How a library function's work is charged before it runs (an item moved or pushed:
 * ITEM_STEPS instructions; SCAN_PER_STEP bytes read or a comparison: one); what it returns is charged after, at the
 * rate of what a call allocates (WR_CHURN_PER_STEP bytes an instruction). */
enum cost {
    COST_RESULT, /* only what it returns */
    COST_LEN1,   /* the bytes of argument 1 (a string it reads through) */
    COST_BYTES1, /* the bytes of argument 1, each an item (string.byte pushes them) */
    COST_LEN2,   /* the bytes of argument 2 */
    COST_ITEMS,  /* the items of the table at 1 (table.insert and remove shift them) */
    COST_RANGE2, /* the items from argument 2 to 3 (table.unpack) */
    COST_RANGE3, /* the items from argument 3 to 4 (table.concat) */
    COST_SORT,   /* n log n comparisons of the table at 1 */
};

/* The library functions that can do unbounded work on their arguments in one C call. */
static const struct {
    const char *lib, *name;
    enum cost cost;
} costly[] = {
    {LUA_STRLIBNAME, "byte", COST_BYTES1},     {LUA_STRLIBNAME, "char", COST_RESULT},
    {LUA_STRLIBNAME, "format", COST_RESULT}, {LUA_STRLIBNAME, "lower", COST_LEN1},
    {LUA_STRLIBNAME, "upper", COST_LEN1},    {LUA_STRLIBNAME, "reverse", COST_LEN1},
    {LUA_STRLIBNAME, "rep", COST_RESULT},    {LUA_STRLIBNAME, "sub", COST_RESULT},
    {LUA_STRLIBNAME, "pack", COST_RESULT},   {LUA_STRLIBNAME, "unpack", COST_LEN2},
    {LUA_TABLIBNAME, "insert", COST_ITEMS},  {LUA_TABLIBNAME, "remove", COST_ITEMS},
    {LUA_TABLIBNAME, "concat", COST_RANGE3}, {LUA_TABLIBNAME, "unpack", COST_RANGE2},
    {LUA_TABLIBNAME, "sort", COST_SORT},     {LUA_TABLIBNAME, "pack", COST_RESULT},
    {LUA_TABLIBNAME, "move", COST_RANGE2},
    {LUA_UTF8LIBNAME, "len", COST_LEN1},     {LUA_UTF8LIBNAME, "offset", COST_LEN1},
    {LUA_UTF8LIBNAME, "codepoint", COST_LEN1}, {LUA_UTF8LIBNAME, "char", COST_RESULT},
    {LUA_GNAME, "tonumber", COST_LEN1},
};

/* The bytes of the string at 'idx' (0 for anything else). */
static lua_Unsigned bytes_at(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TSTRING ? (lua_Unsigned)lua_rawlen(L, idx) : 0;
}

/* The integer at 'idx', or 'def' when it is absent or not one. */
static lua_Integer int_at(lua_State *L, int idx, lua_Integer def)
{
    int ok = 0;
    lua_Integer v = lua_tointegerx(L, idx, &ok);
    return ok ? v : def;
}

/* How many items from i to j (arguments 'idx' and idx + 1, the table at 1 giving j). */
static lua_Unsigned range_at(lua_State *L, int idx)
{
    lua_Integer n = lua_type(L, 1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, 1) : 0;
    lua_Integer i = int_at(L, idx, 1), j = int_at(L, idx + 1, n);
    return j >= i ? (lua_Unsigned)j - (lua_Unsigned)i + 1 : 0;
}

/* table.sort's comparison when the script gives none: charged by the bytes compared, so
 * that sorting many long strings counts as the work it is. */
static int charged_less(lua_State *L)
{
    lua_Unsigned a = bytes_at(L, 1), b = bytes_at(L, 2);
    wr_sandbox_charge(L, 1 + (a < b ? a : b));
    lua_pushboolean(L, lua_compare(L, 1, 2, LUA_OPLT));
    return 1;
}

/* The work 'cost' of the call about to be made with the arguments on the stack. */
static lua_Unsigned work_before(lua_State *L, enum cost cost)
{
    lua_Unsigned n;
    switch (cost) {
    case COST_LEN1: return bytes_at(L, 1) / SCAN_PER_STEP;
    case COST_LEN2: return bytes_at(L, 2) / SCAN_PER_STEP;
    case COST_BYTES1: return bytes_at(L, 1) * ITEM_STEPS;
    case COST_ITEMS:
        return lua_type(L, 1) == LUA_TTABLE ? (lua_Unsigned)lua_rawlen(L, 1) * ITEM_STEPS : 0;
    case COST_RANGE2: return range_at(L, 2) * ITEM_STEPS;
    case COST_RANGE3: return range_at(L, 3) * ITEM_STEPS;
    case COST_SORT:
        n = lua_type(L, 1) == LUA_TTABLE ? (lua_Unsigned)lua_rawlen(L, 1) : 0;
        if (lua_isnoneornil(L, 2)) {
            lua_settop(L, 1);
            lua_pushcfunction(L, charged_less);
        }
        for (lua_Unsigned m = n, k = n; m > 1; m >>= 1)
            n += k; /* n log2 n */
        return n;
    default: return 0;
    }
}

/* A library function with its work charged to the budget (and the clock looked at):
 * upvalue 1 is the function, 2 its cost. */
static int charged(lua_State *L)
{
    wr_sandbox_charge(L, work_before(L, (enum cost)lua_tointeger(L, lua_upvalueindex(2))));
    int base = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, base, LUA_MULTRET);
    lua_Unsigned made = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        made += bytes_at(L, i);
    wr_sandbox_charge(L, made / WR_CHURN_PER_STEP); /* the rate at which allocating counts */
    return lua_gettop(L);
}

/* Puts the real function 'name' of library 'lib' (on the stack top) into the registry's
 * table of loaded modules, where error messages find its name ("bad argument #1 to
 * 'table.insert'") when it is called from a wrapper. Leaves the stack as it was. */
static void keep_name(lua_State *L, const char *lib, const char *name)
{
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    luaL_getsubtable(L, -1, lib);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, name);
    lua_pop(L, 2);
}


/* setmetatable without finalizers: a __gc runs with hooks off, where neither the budget
 * nor the clock can stop it, and a __close runs when a block ends, out of sight. Upvalue 1
 * is the real setmetatable. */
static int guarded_setmetatable(lua_State *L)
{
    static const char *const banned[] = {"__gc", "__close", NULL};
    for (int i = 0; banned[i] && lua_type(L, 2) == LUA_TTABLE; i++) {
        lua_pushstring(L, banned[i]);
        if (lua_rawget(L, 2) != LUA_TNIL) {
            wr_sandbox_set_code(L, "E005");
            return wr_sandbox_error(L,
                                    "setmetatable: '%s' is not available in scripts (it "
                                    "would run where no time limit can stop it)",
                                    banned[i]);
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Wraps every costly library function in charged(), and setmetatable in its guard; see
 * sandbox.h. */
void wr_sandbox_open_costs(lua_State *L)
{
    for (size_t i = 0; i < sizeof costly / sizeof costly[0]; i++) {
        if (strcmp(costly[i].lib, LUA_GNAME) == 0)
            lua_pushglobaltable(L);
        else
            lua_getglobal(L, costly[i].lib);
        lua_getfield(L, -1, costly[i].name);
        keep_name(L, costly[i].lib, costly[i].name);
        lua_pushinteger(L, costly[i].cost);
        lua_pushcclosure(L, charged, 2);
        lua_setfield(L, -2, costly[i].name);
        lua_pop(L, 1);
    }
    lua_getglobal(L, "setmetatable");
    keep_name(L, LUA_GNAME, "setmetatable");
    lua_pushcclosure(L, guarded_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
}
