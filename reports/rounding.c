/*
 * Rounding shared by the analyses (declared in analysis.h).
 */
#include <math.h>

#include "analysis.h"

int
round_half_up(double value)
{
	return (int)floor(value + 0.5);
}
