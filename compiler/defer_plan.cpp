#include "compiler/defer_plan.h"

#include <string_view>
#include <unordered_map>

namespace gosub {
namespace {

// Walks statements in source order; expressions (so function literals,
// which are planned on their own) are never entered.
class DeferWalker {
 public:
  explicit DeferWalker(DeferPlan& plan) : plan_(plan) {}

  void stmts(const std::vector<ast::Stmt*>& list) {
    for (const ast::Stmt* s : list) stmt(s);
  }

  void stmt(const ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case ast::Kind::DeferStmt:
        plan_.defers.push_back(static_cast<const ast::DeferStmt*>(s));
        if (loop_depth_ > 0 || after_looping_label_) plan_.in_loop = true;
        return;
      case ast::Kind::ReturnStmt: plan_.returns++; return;
      case ast::Kind::BlockStmt: stmts(static_cast<const ast::BlockStmt*>(s)->list); return;
      case ast::Kind::LabeledStmt: {
        auto* l = static_cast<const ast::LabeledStmt*>(s);
        labels_seen_[l->label->name] = true;
        // gc's escape analysis: a label that a goto further down jumps back
        // to makes a loop of everything after it.
        if (looping_labels_.count(l->label->name)) after_looping_label_ = true;
        stmt(l->stmt);
        return;
      }
      case ast::Kind::IfStmt: {
        auto* i = static_cast<const ast::IfStmt*>(s);
        stmt(i->init);
        stmt(i->body);
        stmt(i->else_);
        return;
      }
      case ast::Kind::ForStmt: {
        auto* f = static_cast<const ast::ForStmt*>(s);
        stmt(f->init);
        loop_depth_++;
        stmt(f->post);
        stmt(f->body);
        loop_depth_--;
        return;
      }
      case ast::Kind::RangeStmt:
        loop_depth_++;
        stmt(static_cast<const ast::RangeStmt*>(s)->body);
        loop_depth_--;
        return;
      case ast::Kind::SwitchStmt: {
        auto* sw = static_cast<const ast::SwitchStmt*>(s);
        stmt(sw->init);
        stmt(sw->body);
        return;
      }
      case ast::Kind::TypeSwitchStmt: {
        auto* sw = static_cast<const ast::TypeSwitchStmt*>(s);
        stmt(sw->init);
        stmt(sw->body);
        return;
      }
      case ast::Kind::SelectStmt: stmt(static_cast<const ast::SelectStmt*>(s)->body); return;
      case ast::Kind::CaseClause: stmts(static_cast<const ast::CaseClause*>(s)->body); return;
      case ast::Kind::CommClause: {
        auto* c = static_cast<const ast::CommClause*>(s);
        stmt(c->comm);
        stmts(c->body);
        return;
      }
      default: return;
    }
  }

  // Labels that some goto after them targets: a first pass over the body.
  void find_looping_labels(const ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case ast::Kind::BranchStmt: {
        auto* b = static_cast<const ast::BranchStmt*>(s);
        if (b->tok == ast::BranchTok::Goto && b->label && labels_seen_.count(b->label->name))
          looping_labels_[b->label->name] = true;
        return;
      }
      case ast::Kind::LabeledStmt: {
        auto* l = static_cast<const ast::LabeledStmt*>(s);
        labels_seen_[l->label->name] = true;
        find_looping_labels(l->stmt);
        return;
      }
      case ast::Kind::BlockStmt:
        for (const ast::Stmt* c : static_cast<const ast::BlockStmt*>(s)->list) find_looping_labels(c);
        return;
      case ast::Kind::IfStmt: {
        auto* i = static_cast<const ast::IfStmt*>(s);
        find_looping_labels(i->body);
        find_looping_labels(i->else_);
        return;
      }
      case ast::Kind::ForStmt: find_looping_labels(static_cast<const ast::ForStmt*>(s)->body); return;
      case ast::Kind::RangeStmt: find_looping_labels(static_cast<const ast::RangeStmt*>(s)->body); return;
      case ast::Kind::SwitchStmt: find_looping_labels(static_cast<const ast::SwitchStmt*>(s)->body); return;
      case ast::Kind::TypeSwitchStmt: find_looping_labels(static_cast<const ast::TypeSwitchStmt*>(s)->body); return;
      case ast::Kind::SelectStmt: find_looping_labels(static_cast<const ast::SelectStmt*>(s)->body); return;
      case ast::Kind::CaseClause:
        for (const ast::Stmt* c : static_cast<const ast::CaseClause*>(s)->body) find_looping_labels(c);
        return;
      case ast::Kind::CommClause:
        for (const ast::Stmt* c : static_cast<const ast::CommClause*>(s)->body) find_looping_labels(c);
        return;
      default: return;
    }
  }
  void reset_labels() { labels_seen_.clear(); }

 private:
  DeferPlan& plan_;
  int loop_depth_ = 0;
  bool after_looping_label_ = false;
  std::unordered_map<std::string_view, bool> labels_seen_;
  std::unordered_map<std::string_view, bool> looping_labels_;
};

}  // namespace

DeferPlan plan_defers(const ast::BlockStmt* body) {
  DeferPlan plan;
  if (!body) return plan;
  DeferWalker walker(plan);
  walker.find_looping_labels(body);
  walker.reset_labels();
  walker.stmts(body->list);
  int n = static_cast<int>(plan.defers.size());
  if (n == 0) return plan;
  if (plan.in_loop) plan.reason = "a defer in a loop";
  else if (n > kMaxOpenDefers) plan.reason = "more than 8 defers";
  else if (plan.returns * n > kMaxReturnsTimesDefers) plan.reason = "returns x defers > 15";
  else plan.open_coded = true;
  return plan;
}

}  // namespace gosub
