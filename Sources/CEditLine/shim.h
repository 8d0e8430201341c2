#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

/* The line being edited, read through a function so that Swift sees no mutable global. */
static inline const char *unsafe_lineBuffer(void) { return rl_line_buffer; }

/* libedit's settings are C globals; setting them here keeps Swift free of shared mutable state. */
static inline void editline_configure(rl_completion_func_t *attempt) {
    rl_readline_name = "afterschool";
    rl_initialize();
    rl_attempted_completion_function = attempt;
}

/* At a kiosk the editor lets the quit and stop signals be: the program ignores them, and an
   editor that caught them to pass them on would end the line it is reading instead. */
static inline void editline_leave_signals(void) {
    rl_catch_signals = 0;
}
