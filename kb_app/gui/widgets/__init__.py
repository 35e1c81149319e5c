"""Reusable painted pieces shared by the views.

cards.py     painting of result rows, suggestion rows, chips and outcome badges
"""
