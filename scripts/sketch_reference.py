#!/usr/bin/env python3
# Independent reference values for the demo farmland sketch (SketchCalculatorTest, docs/sketch.md):
# shoelace areas on the true corners, the 6.6-mu cut parallel to the road edge J4-J5 by bisection
# of a Sutherland-Hodgman half-plane clip, and where the cut line meets the boundary.
import math
P=[(599300.00,4131895.00),(599386.20,4131902.40),(599428.00,4131860.00),(599415.00,4131828.00),(599305.00,4131822.00)]
def area(r):
    return abs(sum(r[i][0]*r[(i+1)%len(r)][1]-r[(i+1)%len(r)][0]*r[i][1] for i in range(len(r))))/2
a,b=P[3],P[4]
L=math.dist(a,b); u=((b[0]-a[0])/L,(b[1]-a[1])/L)
# inward normal: centroid side
cx=sum(p[0] for p in P)/5; cy=sum(p[1] for p in P)/5
n=(-u[1],u[0])
if (cx-a[0])*n[0]+(cy-a[1])*n[1]<0: n=(-n[0],-n[1])
def level(p): return (p[0]-a[0])*n[0]+(p[1]-a[1])*n[1]
def clip(poly,t):
    out=[]
    for i in range(len(poly)):
        p=poly[i]; q=poly[(i+1)%len(poly)]
        lp,lq=level(p)-t,level(q)-t
        if lp<=0: out.append(p)
        if (lp<0)!=(lq<0) and lp!=lq:
            f=lp/(lp-lq); out.append((p[0]+f*(q[0]-p[0]),p[1]+f*(q[1]-p[1])))
    return out
lo,hi=0,200
for _ in range(200):
    m=(lo+hi)/2
    if area(clip(P,m))<4400: lo=m
    else: hi=m
t=lo; print('offset',t,'area',area(clip(P,t)),'total',area(P))
# ends on edges
for i in range(5):
    p=P[i]; q=P[(i+1)%5]
    lp,lq=level(p)-t,level(q)-t
    if (lp<0)!=(lq<0):
        f=lp/(lp-lq); x=(p[0]+f*(q[0]-p[0]),p[1]+f*(q[1]-p[1]))
        print('edge',i,'J%d->J%d'%(i+1,(i+1)%5+1),'along',f*math.dist(p,q),'point',x)
# the area between the demo claims: hexagon A1 A2 J3 B2 B1 J5 (claims differ only on the north edge)
J1, J2, J3, J5 = P[0], P[1], P[2], P[4]
A1 = (J1[0] - 2, J1[1] + 6.5); A2 = (J2[0] + 1.5, J2[1] + 7); B1 = (J1[0] + 2.5, J1[1] - 6); B2 = (J2[0] - 2, J2[1] - 7.5)
print('between claims', area([A1, A2, J3, B2, B1, J5]))
