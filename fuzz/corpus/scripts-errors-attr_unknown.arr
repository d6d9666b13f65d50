a = ones(3)
print(a.shap)
