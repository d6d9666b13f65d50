zeros(3, dtyp=int)
