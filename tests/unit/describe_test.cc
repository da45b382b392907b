#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "core/date.h"
#include "cli/describe.h"
}

static std::string
describe(const struct session *s)
{
	struct buf b;
	buf_init(&b);
	session_describe(&b, s);
	std::string text = b.data;
	buf_release(&b);
	return text;
}

TEST(describe, study_session)
{
	struct session s;
	session_init(&s);
	s.minutes = 120;
	s.day = day_from_civil(2026, 11, 22);
	s.topic = xstrdup("django");
	s.path = xstrdup("backend");
	EXPECT_EQ(describe(&s), "2h django (backend, study) on 2026-11-22");
	session_release(&s);
}

TEST(describe, linked_and_unmapped_sessions)
{
	struct session s;
	session_init(&s);
	s.minutes = 90;
	s.day = day_from_civil(2026, 11, 20);
	s.kind = KIND_PROJECT;
	s.topic = xstrdup("knitting");
	s.project = xstrdup("Scarf");
	EXPECT_EQ(describe(&s), "1h30m knitting (unmapped, project, project "
	    "'Scarf') on 2026-11-20");
	free(s.project);
	s.project = nullptr;
	s.kind = KIND_TUTORIAL;
	s.tutorial = xstrdup("Knit \x1b[2J101");
	EXPECT_EQ(describe(&s), "1h30m knitting (unmapped, tutorial, tutorial "
	    "'Knit ?[2J101') on 2026-11-20");
	session_release(&s);
}
